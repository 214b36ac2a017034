package fi.kasvu.search.lucene;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The index's fields and how each is analysed: names word by word in lowercase (no stemming, so that a prefix or a
 * typo is measured against the name as written), other text in Finnish, Swedish and English.
 */
final class Fields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String NAME = "name";
    static final String NAME_FOLDED = "name_folded";
    static final String TEXT_FI = "text_fi";
    static final String TEXT_SV = "text_sv";
    static final String TEXT_EN = "text_en";
    static final String SEEN_BY_PERSON = "v_person";
    static final String SEEN_BY_CLASS = "v_class";
    static final String SEEN_BY_SCHOOL = "v_school";
    static final String SEEN_BY_ROLE = "v_role";

    private Fields() {
    }

    static Analyzer names() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }

    static Map<String, Analyzer> languages() {
        return Map.of(TEXT_FI, new FinnishAnalyzer(), TEXT_SV, new SwedishAnalyzer(), TEXT_EN, new EnglishAnalyzer());
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(names(), languages());
    }
}
