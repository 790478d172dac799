package com.surveypivot.cli;

import com.surveypivot.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A multi-response set declared on the command line: {@code NAME=COL|COL|…} (column header texts joined by
 * {@code |}); the set's question id is NAME.
 */
record MultiSetSpec(String name, List<String> columns) {

    /** Parses {@code NAME=COL|COL|…}; picocli turns a bad value into a usage error. */
    static final class Converter implements ITypeConverter<MultiSetSpec> {
        @Override
        public MultiSetSpec convert(String value) {
            int eq = value.indexOf('=');
            String name = eq < 0 ? "" : value.substring(0, eq).strip();
            List<String> columns = eq < 0 ? List.of()
                    : Arrays.stream(value.substring(eq + 1).split("\\|")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList();
            if (name.isEmpty() || columns.isEmpty()) {
                throw new TypeConversionException(Messages.get("cli.error.multiSyntax", value));
            }
            return new MultiSetSpec(name, columns);
        }
    }
}
