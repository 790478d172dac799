package com.surveypivot.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.survey.edit.AddCode;
import com.surveypivot.survey.edit.AddWeightColumn;
import com.surveypivot.survey.edit.AssignCode;
import com.surveypivot.survey.edit.ChangeQuestionType;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.MergeIntoMultiSet;
import com.surveypivot.survey.edit.RebinNumbers;
import com.surveypivot.survey.edit.RegroupDates;
import com.surveypivot.survey.edit.RemoveCode;
import com.surveypivot.survey.edit.RenameCategory;
import com.surveypivot.survey.edit.RenameQuestion;
import com.surveypivot.survey.edit.ReorderCategories;
import com.surveypivot.survey.edit.SplitMultiSet;
import com.surveypivot.survey.edit.SurveyEdit;
import com.surveypivot.workspace.PivotState;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a project file with Jackson. The survey, edit and workspace records carry no Jackson annotations:
 * records are read through their canonical constructors, {@link SurveyEdit}'s kinds are named by a mixin here,
 * and the few values that are not plain records (the read options' charset, a saved entry) go through small
 * transfer records. Reading is bounded by {@link StreamReadConstraints} (nesting depth, string and number sizes).
 */
final class ProjectJson {
    /** The marker of the file's kind (the {@code format} field). */
    static final String FORMAT = "surveypivot-project";
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 32 * 1024 * 1024;
    /** Most JSON tokens (a weight column of 1,000,000 respondents is 1,000,002). */
    static final long MAX_TOKENS = 20_000_000L;

    private static final ObjectMapper MAPPER = mapper();

    private ProjectJson() {
    }

    /** The kinds of survey edit, by the name stored in the file. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "edit")
    private interface EditMixin {
    }

    /** The file's top level. */
    record FileDto(String format, int version, String source, String sourceHash, ReadOptionsDto readOptions,
            List<SurveyEdit> edits, PivotState state, List<EntryDto> entries, Map<String, String> notes,
            String surveyTitle) {
    }

    /** {@link ReadOptions} with its charset by name. */
    record ReadOptionsDto(String sheet, Integer headerRow, Map<String, List<String>> multiSets, String separator,
            List<String> missing, String encoding) {
        static ReadOptionsDto of(ReadOptions o) {
            return new ReadOptionsDto(o.sheet(), o.headerRow(), o.multiSets(), o.separator(), o.missing(),
                    o.encoding() == null ? null : o.encoding().name());
        }

        ReadOptions options() {
            return new ReadOptions(sheet, headerRow, multiSets, separator, missing,
                    encoding == null || !Charset.isSupported(encoding) ? null : Charset.forName(encoding));
        }
    }

    /** {@link SavedEntry} (its {@code isMap()} is not a property). */
    record EntryDto(String id, String name, PivotState state, MapSpec map, String note) {
        static EntryDto of(SavedEntry e) {
            return new EntryDto(e.id(), e.name(), e.state(), e.map(), e.note());
        }

        SavedEntry entry() {
            return new SavedEntry(id, name, state, map, note);
        }
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING).maxNumberLength(400)
                        .maxDocumentLength(ProjectStore.MAX_BYTES).maxTokenCount(MAX_TOKENS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        mapper.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
        mapper.addMixIn(SurveyEdit.class, EditMixin.class);
        mapper.registerSubtypes(new NamedType(RenameQuestion.class, "renameQuestion"),
                new NamedType(ChangeQuestionType.class, "changeType"),
                new NamedType(RenameCategory.class, "renameCategory"),
                new NamedType(ReorderCategories.class, "reorderCategories"),
                new NamedType(MergeIntoMultiSet.class, "mergeIntoMultiSet"),
                new NamedType(SplitMultiSet.class, "splitMultiSet"),
                new NamedType(RebinNumbers.class, "rebinNumbers"),
                new NamedType(RegroupDates.class, "regroupDates"),
                new NamedType(CombinedEdit.class, "combined"),
                new NamedType(AddWeightColumn.class, "addWeightColumn"),
                new NamedType(AddCode.class, "addCode"),
                new NamedType(RemoveCode.class, "removeCode"),
                new NamedType(AssignCode.class, "assignCode"));
        return mapper;
    }

    /** The project as JSON text (UTF-8 bytes). */
    static byte[] write(ProjectFile project) throws java.io.IOException {
        FileDto dto = new FileDto(FORMAT, project.version(), project.source(), project.sourceHash(),
                ReadOptionsDto.of(project.readOptions()), project.edits(), project.state(),
                project.entries().stream().map(EntryDto::of).toList(), project.notes(), project.surveyTitle());
        return MAPPER.writeValueAsBytes(dto);
    }

    /** The top level's {@code format} and {@code version}, the rest skipped (constant memory); null: not an object. */
    record Header(String format, int version) {
    }

    /** Reads only the top level's format and version (a first, cheap pass over the file). */
    static Header header(java.io.InputStream in) throws java.io.IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            String format = null;
            int version = -1;
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                if ("format".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    format = parser.getText();
                } else if ("version".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() == JsonParser.NumberType.INT) {
                    version = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
            return new Header(format, version);
        }
    }

    /** The project in a file whose format and version were checked (bound straight to records: compact). */
    static ProjectFile project(java.io.InputStream in) throws java.io.IOException {
        FileDto dto = MAPPER.readValue(in, FileDto.class);
        if (dto.state() == null) {
            throw new IllegalArgumentException("a project has a state");
        }
        return new ProjectFile(dto.version(), dto.source(), dto.sourceHash(),
                dto.readOptions() == null ? ReadOptions.defaults() : dto.readOptions().options(),
                dto.edits() == null ? List.of() : dto.edits().stream().filter(java.util.Objects::nonNull).toList(),
                dto.state(), dto.entries() == null ? List.of()
                        : dto.entries().stream().filter(java.util.Objects::nonNull).map(EntryDto::entry).toList(),
                dto.notes(), dto.surveyTitle());
    }
}
