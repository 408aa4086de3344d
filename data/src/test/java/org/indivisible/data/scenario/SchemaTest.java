package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The published JSON Schemas accept every shipped file and refuse broken ones, so that what
 * editors check and what the loader checks cannot drift apart.
 */
class SchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> shippedFiles() throws IOException {
        return ShippedScenariosTest.yamlFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void shippedFilesFollowTheirSchema(Path file) throws IOException {
        JsonNode document = json(file);
        Set<ValidationMessage> errors = schemaFor(document).validate(document);
        assertTrue(errors.isEmpty(), () -> file + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-field.yaml", "wrong-types.yaml", "probability-above-one.yaml",
            "negative-quantities.yaml", "missing-id.yaml", "unknown-group.yaml", "study-unknown-override.yaml",
            "study-duplicate-treatments.yaml", "at-and-window.yaml", "negative-duration.yaml", "wrong-year.yaml"})
    void brokenFilesBreakTheSchemaToo(String name) throws IOException {
        JsonNode document = json(InvalidScenarioTest.FOLDER.resolve(name));
        assertFalse(schemaFor(document).validate(document).isEmpty(), name);
    }

    private static JsonSchema schemaFor(JsonNode document) throws IOException {
        String name = document.has("study") ? "study.schema.json" : "scenario.schema.json";
        return FACTORY.getSchema(Files.readString(ShippedScenariosTest.SCENARIOS.resolve(name)));
    }

    /** YAML 1.2 core schema to JSON: dates stay text, year keys become strings, as editors see them. */
    private static JsonNode json(Path file) throws IOException {
        Object data = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                .loadFromString(Files.readString(file));
        return JSON.valueToTree(data);
    }
}
