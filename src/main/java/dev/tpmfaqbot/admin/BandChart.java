package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.DayBand;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions per day as stacked bars, one colour per band, drawn as SVG on the server. Each bar
 * carries its numbers ({@code data-day}, {@code data-band}, {@code data-count}) and a tooltip.
 */
final class BandChart {
    static final List<String> BANDS =
            List.of(AskedQuestion.ANSWER, AskedQuestion.SUGGEST, AskedQuestion.DECLINE);
    static final Map<String, String> COLOURS =
            Map.of(
                    AskedQuestion.ANSWER,
                    "#2e7d32",
                    AskedQuestion.SUGGEST,
                    "#f9a825",
                    AskedQuestion.DECLINE,
                    "#c62828");
    static final Map<String, String> NAMES =
            Map.of(
                    AskedQuestion.ANSWER,
                    "answer",
                    AskedQuestion.SUGGEST,
                    "did you mean",
                    AskedQuestion.DECLINE,
                    "decline");
    private static final int HEIGHT = 180;
    private static final int BOTTOM = 20;
    private static final int LEFT = 40;

    private BandChart() {}

    /**
     * Every day from {@code firstDay} to {@code lastDay} (days since 1970-01-01, UTC), also those
     * without questions.
     */
    static String svg(List<DayBand> counts, long firstDay, long lastDay) {
        Map<Long, Map<String, Long>> byDay = new HashMap<>();
        counts.forEach(
                c ->
                        byDay.computeIfAbsent(c.day(), d -> new HashMap<>())
                                .merge(c.band(), c.count(), Long::sum));
        long max =
                Math.max(
                        1,
                        byDay.values().stream()
                                .mapToLong(
                                        m -> m.values().stream().mapToLong(Long::longValue).sum())
                                .max()
                                .orElse(1));
        int days = (int) (lastDay - firstDay + 1);
        int slot = Math.max(12, Math.min(60, 720 / days));
        int width = LEFT + days * slot + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg id=\"band-chart\" role=\"img\" aria-label=\"Questions per day by band\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(HEIGHT + BOTTOM + 10)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(HEIGHT + BOTTOM + 10)
                .append("\">");
        svg.append("<text x=\"0\" y=\"12\" font-size=\"11\">")
                .append(max)
                .append("</text>")
                .append("<text x=\"0\" y=\"")
                .append(HEIGHT + 5)
                .append("\" font-size=\"11\">0</text>")
                .append("<line x1=\"")
                .append(LEFT - 4)
                .append("\" y1=\"")
                .append(HEIGHT + 5)
                .append("\" x2=\"")
                .append(width)
                .append("\" y2=\"")
                .append(HEIGHT + 5)
                .append("\" stroke=\"#999\"/>");
        for (int i = 0; i < days; i++) {
            long day = firstDay + i;
            String date = LocalDate.ofEpochDay(day).toString();
            double y = HEIGHT + 5;
            for (String band : BANDS) {
                long count = byDay.getOrDefault(day, Map.of()).getOrDefault(band, 0L);
                double height = (double) count * (HEIGHT - 10) / max;
                y -= height;
                svg.append(
                        String.format(
                                java.util.Locale.ROOT,
                                "<rect class=\"bar\" data-day=\"%s\" data-band=\"%s\" data-count=\"%d\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                                date,
                                band,
                                count,
                                LEFT + i * slot + 2,
                                y,
                                slot - 4,
                                height,
                                COLOURS.get(band),
                                date,
                                NAMES.get(band),
                                count));
            }
            if (days <= 10 || i % Math.max(1, days / 8) == 0) {
                svg.append("<text x=\"")
                        .append(LEFT + i * slot + 2)
                        .append("\" y=\"")
                        .append(HEIGHT + BOTTOM + 5)
                        .append("\" font-size=\"10\">")
                        .append(date.substring(5))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    static String legend() {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        BANDS.forEach(
                band ->
                        legend.append("<span style=\"background:")
                                .append(COLOURS.get(band))
                                .append("\"></span>")
                                .append(NAMES.get(band)));
        return legend.append("</p>").toString();
    }
}
