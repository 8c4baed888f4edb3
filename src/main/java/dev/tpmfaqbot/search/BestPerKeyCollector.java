package dev.tpmfaqbot.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every hit into one score per key (the best, or the sum), without ranking documents: the
 * index is small, so visiting every hit is cheaper than a top-N queue plus stored-field reads.
 */
final class BestPerKeyCollector extends SimpleCollector {
    private final String[] keyByDoc;
    private final boolean keepBest;
    private final Map<String, Double> scores = new HashMap<>();
    private Scorable scorer;
    private int docBase;

    BestPerKeyCollector(String[] keyByDoc, boolean keepBest) {
        this.keyByDoc = keyByDoc;
        this.keepBest = keepBest;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        String key = keyByDoc[docBase + doc];
        if (key != null) {
            scores.merge(key, (double) scorer.score(), keepBest ? Math::max : Double::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    Map<String, Double> scores() {
        return scores;
    }
}
