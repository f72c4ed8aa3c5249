package dev.contractgate.conformance.check;

import java.util.List;

/** Values as Java source text: string literals with every character outside printable ASCII escaped, typed values. */
final class JavaText {

    private JavaText() {
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code values} (as sent on the wire) as an expression of {@code javaType}: a list for a {@code List<…>}. */
    static String value(String javaType, List<String> values) {
        if (javaType.startsWith("List<")) {
            String item = javaType.substring("List<".length(), javaType.length() - 1);
            return "List.of(" + String.join(", ", values.stream().map(v -> scalar(item, v)).toList()) + ")";
        }
        return scalar(javaType, values.get(0));
    }

    private static String scalar(String javaType, String value) {
        return switch (javaType) {
            case "Integer" -> "Integer.valueOf(" + literal(value) + ")";
            case "Long" -> "Long.valueOf(" + literal(value) + ")";
            case "Float" -> "Float.valueOf(" + literal(value) + ")";
            case "Double" -> "Double.valueOf(" + literal(value) + ")";
            case "Boolean" -> "Boolean.valueOf(" + literal(value) + ")";
            case "java.math.BigDecimal" -> "new java.math.BigDecimal(" + literal(value) + ")";
            default -> literal(value);
        };
    }
}
