package org.vigil.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/ONTOLOGY.md holds the table made from modes.tsv. After editing the data, regenerate the table with
 * {@code mvn -q -o test -Dtest=OntologyDocsTest -Dvigil.writeDocs=true}.
 */
class OntologyDocsTest {
    private static final Path DOC = Path.of("docs", "ONTOLOGY.md");

    @Test
    void theDocumentedTableIsTheDataFile() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(OntologyTable.BEGIN);
        int end = doc.indexOf(OntologyTable.END);
        assertTrue(begin >= 0 && end > begin, "docs/ONTOLOGY.md lacks the table markers");
        String table = OntologyTable.markdown(Ontology.standard());
        String documented = doc.substring(begin + OntologyTable.BEGIN.length(), end).strip() + "\n";
        if (Boolean.getBoolean("vigil.writeDocs") && !documented.equals(table)) {
            Files.writeString(DOC, doc.substring(0, begin + OntologyTable.BEGIN.length()) + "\n" + table
                    + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(table, documented, "docs/ONTOLOGY.md is out of date with modes.tsv; regenerate it with "
                + "mvn -q -o test -Dtest=OntologyDocsTest -Dvigil.writeDocs=true");
    }
}
