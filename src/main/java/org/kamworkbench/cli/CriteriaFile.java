package org.kamworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.criteria.CriteriaDraft;
import org.kamworkbench.service.criteria.CriterionDraft;

/**
 * Reads a criteria file (issue 4 §4) into a draft: JSON structure and types are checked here, one
 * sentence per problem; the rules of a set are the service's.
 */
final class CriteriaFile {
    private final List<String> problems = new ArrayList<>();

    private CriteriaFile() {
    }

    /** @throws BadInputException for unreadable JSON or values of the wrong type */
    static CriteriaDraft read(Path file, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file.getFileName() + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file.getFileName() + " must hold one JSON object: {\"name\": ..., "
                    + "\"criteria\": [...]}.");
        }
        return new CriteriaFile().draft(root);
    }

    private CriteriaDraft draft(JsonNode root) {
        String name = text(root, "name", "The set");
        if (name == null) {
            problems.add("The set has no \"name\".");
        }
        List<CriterionDraft> criteria = new ArrayList<>();
        JsonNode list = root.get("criteria");
        if (list == null || !list.isArray()) {
            problems.add("The set has no \"criteria\" list.");
        } else {
            for (int i = 0; i < list.size(); i++) {
                criteria.add(criterion(list.get(i), i + 1));
            }
        }
        Double cut = number(root, "quadrantCut", "The set");
        Integer review = whole(root, "reviewIntervalMonths", "The set");
        Integer keyReview = whole(root, "keyReviewMonths", "The set");
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new CriteriaDraft(name, cut, review, keyReview, criteria);
    }

    private CriterionDraft criterion(JsonNode node, int position) {
        String label = "Criterion " + position;
        if (!node.isObject()) {
            problems.add(label + " is not a JSON object.");
            return new CriterionDraft(null, null, null, null, null, null, null, null, null, null);
        }
        String name = text(node, "name", label);
        label = name == null ? label : "Criterion '" + name + "'";
        return new CriterionDraft(name, text(node, "description", label), text(node, "axis", label),
                number(node, "weight", label), whole(node, "scale", label), text(node, "source", label),
                decimals(node, "thresholds", label), text(node, "levels", label), text(node, "growth", label),
                texts(node, "anchors", label));
    }

    private String text(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(label + ": \"" + field + "\" must be text, not " + v + ".");
            return null;
        }
        return v.asText();
    }

    private Double number(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            problems.add(label + ": \"" + field + "\" must be a number, not " + v + ".");
            return null;
        }
        return v.doubleValue();
    }

    private Integer whole(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.add(label + ": \"" + field + "\" must be a whole number, not " + v + ".");
            return null;
        }
        return v.intValue();
    }

    private List<BigDecimal> decimals(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        List<BigDecimal> values = new ArrayList<>();
        if (!v.isArray()) {
            problems.add(label + ": \"" + field + "\" must be a list of numbers.");
            return values;
        }
        for (JsonNode item : v) {
            if (item.isNumber()) {
                values.add(item.decimalValue());
            } else {
                problems.add(label + ": the threshold " + item + " is not a number.");
            }
        }
        return values;
    }

    private List<String> texts(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (!v.isArray()) {
            problems.add(label + ": \"" + field + "\" must be a list of texts, one per level.");
            return values;
        }
        v.forEach(item -> values.add(item.asText()));
        return values;
    }
}
