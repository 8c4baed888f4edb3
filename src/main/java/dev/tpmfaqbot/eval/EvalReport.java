package dev.tpmfaqbot.eval;

import dev.tpmfaqbot.answer.Explanation;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one evaluation run: accuracy, decline rate, mean reciprocal rank and calibration.
 */
public record EvalReport(List<Result> results) {
    private static final int CALIBRATION_BINS = 10;

    public record Result(EvalCase evalCase, Explanation explanation) {

        /** In scope: the answer's key is an expected one. Out of scope: the bot declined. */
        public boolean correct() {
            String key = explanation.answer().key();
            return evalCase.inScope()
                    ? evalCase.expected().contains(key)
                    : !explanation.answer().isAnswered();
        }

        /**
         * Whether the best-ranked key is right, whatever band it fell in: what confidence predicts.
         */
        public boolean bestKeyRight() {
            List<String> ranked = explanation.rankedKeys();
            return evalCase.inScope()
                    && !ranked.isEmpty()
                    && evalCase.expected().contains(ranked.get(0));
        }

        public double reciprocalRank() {
            List<String> ranked = explanation.rankedKeys();
            for (int i = 0; i < ranked.size(); i++) {
                if (evalCase.expected().contains(ranked.get(i))) {
                    return 1.0 / (i + 1);
                }
            }
            return 0;
        }
    }

    public List<Result> inScope() {
        return results.stream().filter(r -> r.evalCase().inScope()).toList();
    }

    public List<Result> outOfScope() {
        return results.stream().filter(r -> !r.evalCase().inScope()).toList();
    }

    public double topOneAccuracy() {
        return share(inScope());
    }

    public double declineRate() {
        return share(outOfScope());
    }

    public double meanReciprocalRank() {
        return inScope().stream().mapToDouble(Result::reciprocalRank).average().orElse(0);
    }

    public List<Result> misses() {
        return results.stream().filter(r -> !r.correct()).toList();
    }

    /**
     * Expected calibration error: the gap between confidence and how often the best key is right,
     * averaged over confidence bins weighted by their size. 0 is perfectly calibrated.
     */
    public double calibrationError() {
        double error = 0;
        for (Bin bin : calibration()) {
            error +=
                    Math.abs(bin.meanConfidence() - bin.rightShare())
                            * bin.count()
                            / results.size();
        }
        return error;
    }

    public record Bin(
            double from, double to, int count, double meanConfidence, double rightShare) {}

    public List<Bin> calibration() {
        List<Bin> bins = new java.util.ArrayList<>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            double from = (double) b / CALIBRATION_BINS;
            double to = (double) (b + 1) / CALIBRATION_BINS;
            List<Result> in =
                    results.stream()
                            .filter(
                                    r -> {
                                        double c = r.explanation().answer().confidence();
                                        return c >= from && (c < to || (to == 1.0 && c <= 1.0));
                                    })
                            .toList();
            if (!in.isEmpty()) {
                bins.add(
                        new Bin(
                                from,
                                to,
                                in.size(),
                                in.stream()
                                        .mapToDouble(r -> r.explanation().answer().confidence())
                                        .average()
                                        .orElse(0),
                                (double) in.stream().filter(Result::bestKeyRight).count()
                                        / in.size()));
            }
        }
        return bins;
    }

    /**
     * For each way an answer was reached (search, comparison, definition…): questions, and share
     * answered right.
     */
    public java.util.Map<String, double[]> byRoute() {
        java.util.Map<String, double[]> routes = new java.util.TreeMap<>();
        for (Result result : results) {
            double[] counts =
                    routes.computeIfAbsent(
                            result.explanation().route().toString(), r -> new double[2]);
            counts[0]++;
            counts[1] += result.correct() ? 1 : 0;
        }
        routes.values().forEach(c -> c[1] = c[1] / c[0]);
        return routes;
    }

    /**
     * For each style of question named in the file ("chat", "typos", "out-of-scope"…): questions,
     * and share right.
     */
    public java.util.Map<String, double[]> byStyle() {
        java.util.Map<String, double[]> styles = new java.util.TreeMap<>();
        for (Result result : results) {
            if (!result.evalCase().style().isEmpty()) {
                double[] counts =
                        styles.computeIfAbsent(result.evalCase().style(), s -> new double[2]);
                counts[0]++;
                counts[1] += result.correct() ? 1 : 0;
            }
        }
        styles.values().forEach(c -> c[1] = c[1] / c[0]);
        return styles;
    }

    /**
     * In-scope questions answered (not suggested, not declined) with a wrong key, as a share of
     * in-scope questions.
     */
    public double confidentWrongShare() {
        long wrong =
                inScope().stream()
                        .filter(r -> r.explanation().answer().isAnswered() && !r.correct())
                        .count();
        return inScope().isEmpty() ? 0 : (double) wrong / inScope().size();
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "in scope: %d, top-1 accuracy %.3f, mean reciprocal rank %.3f, answered wrong %.3f%n"
                        + "out of scope: %d, decline rate %.3f%ncalibration error (ECE): %.3f",
                inScope().size(),
                topOneAccuracy(),
                meanReciprocalRank(),
                confidentWrongShare(),
                outOfScope().size(),
                declineRate(),
                calibrationError());
    }

    private static double share(List<Result> results) {
        return results.isEmpty()
                ? 1.0
                : (double) results.stream().filter(Result::correct).count() / results.size();
    }
}
