package org.kamworkbench.ui.common;

import org.kamworkbench.service.archive.ArchiveRefusedException;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** Turns what a background task threw into a sentence for the user: never a stack trace. */
public final class Problems {
    private Problems() {
    }

    public static String sentence(Throwable failure, Texts texts) {
        Throwable t = failure;
        while (t instanceof RuntimeException && t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        if (t instanceof LocalizedRefusal refusal) {
            return refusal.message(texts.locale());
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof WorkspaceUnavailableException || t instanceof MissingRateException
                || t instanceof ImportInputException || t instanceof ArchiveRefusedException) {
            return t.getMessage();
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return texts.format("error.unexpected", detail);
    }
}
