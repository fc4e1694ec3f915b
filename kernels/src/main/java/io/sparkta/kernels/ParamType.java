package io.sparkta.kernels;

/** How a parameter value is held: every value travels as a {@code double}; a choice as its index. */
public enum ParamType {
    INT("int"), REAL("double"), CHOICE("string");

    private final String jsonName;

    ParamType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
