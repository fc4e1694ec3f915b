package io.sparkta.kernels;

/** Indicator families, named as in VectorTA's catalogue. */
public enum Category {
    MOVING_AVERAGE("moving average"),
    CYCLE("cycle/Ehlers"),
    MOMENTUM("momentum/oscillator"),
    VOLATILITY("volatility"),
    VOLUME("volume"),
    TREND("trend"),
    STATISTICS("statistics"),
    PATTERN("pattern"),
    OTHER("other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
