package org.kamworkbench.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** Every icon the application shows: the one place that names the icon font. */
public enum Icons {
    START(MaterialDesignH.HOME_OUTLINE),
    ACCOUNTS(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    IMPORT(MaterialDesignF.FILE_IMPORT_OUTLINE),
    DEMO(MaterialDesignR.ROCKET_LAUNCH_OUTLINE),
    NEW_WORKSPACE(MaterialDesignF.FILE_PLUS_OUTLINE),
    OPEN_WORKSPACE(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    RECENT(MaterialDesignH.HISTORY),
    QUIT(MaterialDesignE.EXIT_TO_APP),
    THEME(MaterialDesignT.THEME_LIGHT_DARK),
    PRESENTATION(MaterialDesignP.PRESENTATION),
    ABOUT(MaterialDesignI.INFORMATION_OUTLINE),
    WARNING(MaterialDesignA.ALERT_OUTLINE),
    ADD(MaterialDesignP.PLUS),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    RESET(MaterialDesignR.RESTORE),
    SEARCH(MaterialDesignM.MAGNIFY),
    WORKSPACE(MaterialDesignD.DATABASE_OUTLINE),
    PORTFOLIO(MaterialDesignC.CHART_BAR),
    KEY_ACCOUNTS(MaterialDesignT.TARGET_ACCOUNT),
    // Account 360
    ACCOUNT_PAGE(MaterialDesignO.OPEN_IN_NEW),
    BACK(MaterialDesignA.ARROW_LEFT),
    PEOPLE(MaterialDesignA.ACCOUNT_TIE_OUTLINE),
    TEAM_MATRIX(MaterialDesignT.TABLE_ACCOUNT),
    UNDO(MaterialDesignU.UNDO),
    EDIT(MaterialDesignP.PENCIL_OUTLINE),
    ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS_OUTLINE),
    ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
    FIT(MaterialDesignF.FIT_TO_PAGE_OUTLINE),
    SAVE_PNG(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    LEAD(MaterialDesignS.STAR_OUTLINE),
    // Account plans, KPIs and interactions
    PLANS(MaterialDesignC.CLIPBOARD_TEXT_OUTLINE),
    ACTIONS(MaterialDesignF.FORMAT_LIST_CHECKS),
    KPIS(MaterialDesignC.CHART_TIMELINE_VARIANT),
    EXPORT(MaterialDesignF.FILE_EXPORT_OUTLINE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    /** A new icon node (a node can have one parent only, so each use gets its own). */
    public FontIcon graphic() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("kam-icon");
        return icon;
    }

    /** A new icon of the given size in pixels. */
    public FontIcon graphic(int size) {
        FontIcon icon = graphic();
        icon.setIconSize(size);
        return icon;
    }
}
