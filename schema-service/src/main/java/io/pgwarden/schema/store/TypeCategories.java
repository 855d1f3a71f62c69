package io.pgwarden.schema.store;

/** Maps pg_type.typcategory (and the type name, for date vs timestamp) to the catalog's coarse categories. */
final class TypeCategories {

    private TypeCategories() {
    }

    static String of(String typcategory, String typeName) {
        return switch (typcategory) {
            case "S" -> "text";
            case "N" -> "number";
            case "B" -> "boolean";
            case "D" -> "date".equals(typeName) ? "date" : "timestamp";
            default -> "other";
        };
    }
}
