package eu.aimarket.integration.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official OCDS 1.1.5 release-package schema (JSON Schema draft-04), read from the folder the
 * build names in the system property {@code ocds.schema.dir} (the shared folder beside the
 * repository). The release schema it refers to by URL is mapped to the same folder: nothing is
 * fetched from the network.
 */
public final class OcdsSchema {

  private static final String PUBLISHED_AT =
      "https://standard.open-contracting.org/schema/1__1__5/";

  private final Schema releasePackage;

  private OcdsSchema(Schema releasePackage) {
    this.releasePackage = releasePackage;
  }

  public static OcdsSchema load() {
    String folder = System.getProperty("ocds.schema.dir");
    if (folder == null || folder.isBlank()) {
      throw new IllegalStateException(
          "Set the system property ocds.schema.dir to the folder with the OCDS 1.1.5 schemas");
    }
    Path dir = Path.of(folder).toAbsolutePath().normalize();
    for (String file : List.of("release-package-schema.json", "release-schema.json")) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        throw new IllegalStateException(
            "The OCDS 1.1.5 schema " + file + " is not in " + dir + " (ocds.schema.dir)");
      }
    }
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(iri -> localCopy(dir, iri)));
    return new OcdsSchema(
        registry.getSchema(SchemaLocation.of(PUBLISHED_AT + "release-package-schema.json")));
  }

  /** The schema published at this URL, read from the folder; null (unknown) for any other URL. */
  private static String localCopy(Path dir, String iri) {
    if (!iri.startsWith(PUBLISHED_AT)) {
      return null;
    }
    Path file = dir.resolve(iri.substring(PUBLISHED_AT.length())).normalize();
    if (!file.getParent().equals(dir) || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation of the schema, as readable lines; empty when the package is valid. */
  public List<String> violations(JsonNode releasePackage) {
    List<Error> errors = this.releasePackage.validate(releasePackage);
    return errors.stream().map(Error::toString).toList();
  }

  public List<String> violations(String releasePackage) {
    try {
      return violations(new ObjectMapper().readTree(releasePackage));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
