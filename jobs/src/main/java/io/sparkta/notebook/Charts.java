package io.sparkta.notebook;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Headless charts for the notebooks on XChart: line charts of several series over one x axis and heatmaps of a
 * matrix with a colour bar, shown as images by the Java kernel or saved as PNG and SVG.
 */
public final class Charts {
    /** The pixel size of every chart. */
    public static final int WIDTH = 900, HEIGHT = 420;
    /** The heatmap's colour scale, from the lowest value to the highest. */
    public static final Color LOW = new Color(0x2c7bb6), MIDDLE = new Color(0xffffbf), HIGH = new Color(0xd7191c);
    /** The colour of cells without a value (NaN). */
    public static final Color MISSING = Color.LIGHT_GRAY;

    private Charts() {
    }

    /** A line chart builder: add named series of equal length, NaN for gaps. */
    public static Lines lines(String title) {
        return new Lines(title);
    }

    /**
     * A heatmap of {@code values[row][col]} with its row and column labels and a colour bar from the lowest to
     * the highest value; NaN cells are grey.
     */
    public static Chart heatmap(String title, double[][] values, String[] rowLabels, String[] colLabels) {
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        if (rowLabels.length != rows || colLabels.length != cols) {
            throw new IllegalArgumentException("Charts.heatmap: " + rows + " x " + cols + " values need as many "
                    + "row and column labels, got " + rowLabels.length + " and " + colLabels.length);
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        HeatMapStyler style = chart.getStyler();
        style.setRangeColors(new Color[] {LOW, MIDDLE, HIGH});
        style.setShowValue(false);
        style.setPlotBackgroundColor(MISSING);
        style.setPlotGridLinesVisible(false);
        List<Number[]> cells = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                if (!Double.isNaN(v)) {
                    cells.add(new Number[] {c, r, v});
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!cells.isEmpty()) {
            // a constant matrix still needs a non-empty colour range
            style.setMin(lo);
            style.setMax(hi > lo ? hi : lo + 1);
        }
        chart.addSeries(title, Arrays.asList(colLabels), Arrays.asList(rowLabels), cells);
        return new Chart(chart);
    }

    /** A chart to show ({@link #draw}) or save as PNG or SVG. */
    public static class Chart {
        private final IChart chart;

        Chart(IChart chart) {
            this.chart = chart;
        }

        /** The chart as an image, which the Java kernel's {@code display} shows as PNG. */
        public BufferedImage draw() {
            return BitmapEncoder.getBufferedImage(chart);
        }

        /** Writes the chart as a PNG image; returns {@code file}. */
        public Path savePng(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
            return file;
        }

        /** Writes the chart as an SVG drawing; returns {@code file}. */
        public Path saveSvg(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
            return file;
        }
    }

    /** A line chart over the index of its points. */
    public static final class Lines extends Chart {
        private final XYChart chart;

        private Lines(String title) {
            this(new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).build());
        }

        private Lines(XYChart chart) {
            super(chart);
            this.chart = chart;
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        }

        /** Adds a named series drawn at x = 0, 1, ...; NaN values leave gaps. */
        public Lines add(String name, double[] values) {
            double[] x = IntStream.range(0, values.length).asDoubleStream().toArray();
            XYSeries series = chart.addSeries(name, x, values);
            series.setMarker(SeriesMarkers.NONE);
            return this;
        }
    }
}
