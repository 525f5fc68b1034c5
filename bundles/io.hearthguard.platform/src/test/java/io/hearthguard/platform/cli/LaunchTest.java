package io.hearthguard.platform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LaunchTest {

    @Test
    void theLaunchersDataDirectoryWinsThenKarafsDataFolderThenTheWorkingDirectory() {
        assertEquals(Path.of("/srv/hg"), Launch.dataDirectory(Map.of("hearthguard.data", "/srv/hg", "karaf.data", "/opt/karaf/data")::get));
        assertEquals(Path.of("/opt/karaf/data/hearthguard"), Launch.dataDirectory(Map.of("karaf.data", "/opt/karaf/data")::get));
        assertEquals(Path.of("/opt/karaf/data/hearthguard"), Launch.dataDirectory(Map.of("hearthguard.data", " ", "karaf.data", "/opt/karaf/data")::get));
        assertEquals(Path.of("hearthguard-data"), Launch.dataDirectory(k -> null));
    }

    @Test
    void theOpenhabAddonDescriptorNamesTheAddonItsTypeAndConnection() throws Exception {
        try (InputStream in = Launch.class.getResourceAsStream("/OH-INF/addon/addon.xml")) {
            assertNotNull(in, "OH-INF/addon/addon.xml in the bundle");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(in);
            assertEquals("hearthguard", d.getDocumentElement().getAttribute("id"));
            assertEquals("https://openhab.org/schemas/addon/v1.0.0", d.getDocumentElement().getNamespaceURI());
            assertEquals("misc", d.getElementsByTagName("type").item(0).getTextContent());
            assertEquals("local", d.getElementsByTagName("connection").item(0).getTextContent());
            assertTrue(d.getElementsByTagName("name").item(0).getTextContent().contains("Hearthguard"));
            assertTrue(d.getElementsByTagName("discovery-method").getLength() > 0);
        }
    }
}
