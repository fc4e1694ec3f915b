package io.sparkta.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal headless charts for the notebooks, drawn with Java2D into images that the Java kernel displays as
 * PNG: line charts of several series over one x axis, and a heatmap of a matrix.
 */
public final class Charts {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};
    private static final int W = 900, H = 420, LEFT = 70, RIGHT = 20, TOP = 40, BOTTOM = 40;

    private Charts() {
    }

    /** A line chart builder: add named series of equal length, NaN for gaps. */
    public static Lines lines(String title) {
        return new Lines(title);
    }

    public static final class Lines {
        private final String title;
        private final Map<String, double[]> series = new LinkedHashMap<>();

        private Lines(String title) {
            this.title = title;
        }

        public Lines add(String name, double[] values) {
            series.put(name, values);
            return this;
        }

        public BufferedImage draw() {
            int n = series.values().stream().mapToInt(s -> s.length).max().orElse(0);
            double[] range = range(series.values().toArray(double[][]::new));
            double lo = range[0], hi = range[1];
            BufferedImage img = canvas();
            Graphics2D g = graphics(img, title);
            axes(g, lo, hi);
            int i = 0;
            for (Map.Entry<String, double[]> e : series.entrySet()) {
                g.setColor(PALETTE[i % PALETTE.length]);
                g.setStroke(new BasicStroke(1.4f));
                double[] s = e.getValue();
                int px = -1, py = -1;
                for (int t = 0; t < s.length; t++) {
                    if (Double.isNaN(s[t])) {
                        px = -1;
                        continue;
                    }
                    int x = LEFT + (int) ((W - LEFT - RIGHT) * (double) t / Math.max(1, n - 1));
                    int y = TOP + (int) ((H - TOP - BOTTOM) * (hi - s[t]) / (hi - lo));
                    if (px >= 0) {
                        g.drawLine(px, py, x, y);
                    }
                    px = x;
                    py = y;
                }
                g.drawString(e.getKey(), LEFT + 10 + 150 * i, TOP - 8);
                i++;
            }
            g.dispose();
            return img;
        }
    }

    /** A heatmap of {@code values[row][col]} (NaN cells grey) with its row and column labels. */
    public static BufferedImage heatmap(String title, double[][] values, String[] rowLabels, String[] colLabels) {
        double[] range = range(values);
        double lo = range[0], hi = range[1];
        BufferedImage img = canvas();
        Graphics2D g = graphics(img, title + String.format(Locale.ROOT, "  (%.3g .. %.3g)", lo, hi));
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        double cw = (W - LEFT - RIGHT) / (double) Math.max(1, cols), ch = (H - TOP - BOTTOM) / (double) Math.max(1, rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                g.setColor(Double.isNaN(v) ? Color.LIGHT_GRAY : ramp((v - lo) / (hi - lo)));
                g.fillRect(LEFT + (int) (c * cw), TOP + (int) (r * ch), (int) Math.ceil(cw), (int) Math.ceil(ch));
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(rowLabels[r], 5, TOP + (int) ((r + 0.7) * ch));
        }
        for (int c = 0; c < cols; c += Math.max(1, cols / 12)) {
            g.drawString(colLabels[c], LEFT + (int) (c * cw), H - BOTTOM + 15);
        }
        g.dispose();
        return img;
    }

    /** {min, max} of the non-NaN values, widened to a non-empty interval. */
    private static double[] range(double[][] rows) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : rows) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (Double.isInfinite(lo)) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    private static Color ramp(double f) {
        float x = (float) Math.max(0, Math.min(1, f));
        return new Color(x, 0.25f + 0.5f * (1 - Math.abs(x - 0.5f) * 2), 1 - x);
    }

    private static BufferedImage canvas() {
        return new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage img, String title) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return g;
    }

    private static void axes(Graphics2D g, double lo, double hi) {
        g.setColor(Color.GRAY);
        g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
        for (int k = 0; k <= 4; k++) {
            double v = hi - (hi - lo) * k / 4;
            int y = TOP + (H - TOP - BOTTOM) * k / 4;
            g.drawString(String.format(Locale.ROOT, "%.4g", v), 5, y + 4);
        }
    }
}
