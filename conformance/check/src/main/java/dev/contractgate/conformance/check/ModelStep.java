package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One step of a random sequence. Resources are named symbolically, by the label of the create step
 * that made them ({@code -1}: an id no create gave), so a shrunk sequence still means what it meant;
 * {@code parent} is 0 or 1, each a fresh value of the collection's parent parameter per execution.
 */
sealed interface ModelStep {

    int parent();

    String describe();

    record Create(int parent, int label, JsonNode body) implements ModelStep {
        public String describe() {
            return "create #" + label + " in parent " + parent;
        }
    }

    record Read(int parent, int label) implements ModelStep {
        public String describe() {
            return "read " + ref(label) + " through parent " + parent;
        }
    }

    record Delete(int parent, int label) implements ModelStep {
        public String describe() {
            return "delete " + ref(label) + " through parent " + parent;
        }
    }

    record ListPage(int parent, List<String> sorts, Integer offset, Integer limit) implements ModelStep {
        public String describe() {
            return "list parent " + parent + (sorts.isEmpty() ? "" : " sorted " + sorts)
                    + (offset == null ? "" : " offset " + offset) + (limit == null ? "" : " limit " + limit);
        }
    }

    private static String ref(int label) {
        return label < 0 ? "an id never given" : "#" + label;
    }
}
