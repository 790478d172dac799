package com.surveypivot.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Tokenizer;

/** Runs a Lucene tokenizer over one text, calling back for every token (the tokenizer is reused, then reset). */
final class LuceneTokens {
    private LuceneTokens() {
    }

    static void each(Tokenizer tokenizer, String text, Runnable onToken) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                onToken.run();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
