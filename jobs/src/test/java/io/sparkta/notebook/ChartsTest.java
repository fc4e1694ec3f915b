package io.sparkta.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {
    @TempDir
    Path dir;

    private static int pixels(BufferedImage img, Color colour) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                count += (img.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return count;
    }

    private static int[] rgb(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** Parses an SVG without fetching its DTD (the tests run offline). */
    private static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void heatmapCellsTakeTheEndsOfTheColourScaleInProportionToTheirCount() {
        // three cells at the highest value, one at the lowest, one without a value
        double[][] values = {{-2, 5, 5}, {5, Double.NaN, 4}};
        BufferedImage img = Charts.heatmap("h", values, new String[] {"a", "b"}, new String[] {"x", "y", "z"}).draw();
        assertEquals(Charts.WIDTH, img.getWidth());
        assertEquals(Charts.HEIGHT, img.getHeight());
        int high = pixels(img, Charts.HIGH), low = pixels(img, Charts.LOW);
        assertTrue(low > 1000, "lowest cell drawn in the low colour: " + low + " pixels");
        double ratio = high / (double) low;
        assertTrue(ratio > 2.5 && ratio < 3.5, "3 high cells to 1 low cell, got " + high + " / " + low + " pixels");
    }

    @Test
    void heatmapNeedsALabelPerRowAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.heatmap("h", new double[2][3], new String[] {"a"}, new String[] {"x", "y", "z"}));
        assertEquals("Charts.heatmap: 2 x 3 values need as many row and column labels, got 1 and 3", e.getMessage());
    }

    @Test
    void savedPngIsTheDrawnImage() throws Exception {
        Charts.Lines chart = Charts.lines("prices").add("close", new double[] {1, 2, Double.NaN, 4, 3})
                .add("upper", new double[] {2, 3, 4, 5, 4});
        BufferedImage saved = ImageIO.read(chart.savePng(dir.resolve("lines.png")).toFile());
        assertArrayEquals(rgb(chart.draw()), rgb(saved));
    }

    @Test
    void savedSvgIsAnSvgDocumentWithAVectorShapePerCell() throws Exception {
        double[][] values = {{-2, 5, 5}, {5, Double.NaN, 4}};
        Path file = Charts.heatmap("h", values, new String[] {"a", "b"}, new String[] {"x", "y", "z"})
                .saveSvg(dir.resolve("heatmap.svg"));
        Element root = svg(file).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(Charts.WIDTH + "px", root.getAttribute("width"));
        String text = Files.readString(file);
        assertEquals(3, fills(text, Charts.HIGH), "cells at the highest value");
        assertEquals(1, fills(text, Charts.LOW), "cells at the lowest value");
    }

    /** How many SVG shapes are filled with {@code colour}. */
    private static long fills(String svg, Color colour) {
        String fill = "fill:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
        return Pattern.compile(Pattern.quote(fill)).matcher(svg).results().count();
    }
}
