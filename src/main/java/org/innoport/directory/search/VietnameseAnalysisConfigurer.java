package org.innoport.directory.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the Vietnamese analyzers under the names the mappings use. */
public class VietnameseAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String FOLDED = "vi";
    public static final String EXACT = "vi_exact";
    public static final String SHINGLE = "vi_shingle";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FOLDED).instance(VietnameseAnalyzers.folded());
        context.analyzer(EXACT).instance(VietnameseAnalyzers.exact());
        context.analyzer(SHINGLE).instance(VietnameseAnalyzers.shingle());
    }
}
