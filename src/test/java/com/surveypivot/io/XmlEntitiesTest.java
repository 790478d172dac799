package com.surveypivot.io;

import static com.surveypivot.io.Refusal.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4, XML attacks: a DOCTYPE with an external entity (a local file, a URL on a local server) or a
 * billion-laughs expansion in the sheet, the shared strings, workbook.xml or [Content_Types].xml is refused with
 * one clear line; the local file's text never shows up and the server is never contacted.
 */
class XmlEntitiesTest {
    private static final String SECRET = "TOPSECRET-4711";

    @TempDir
    Path dir;
    private Path plain;
    private Path secret;
    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread listener;

    @BeforeEach
    void setUp() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Sex", "Age"});
        for (int i = 0; i < 20; i++) {
            rows.add(new Object[] {i % 2 == 0 ? "F" : "M", 20 + i});
        }
        plain = Fixtures.sheet(dir.resolve("plain.xlsx"), "data", rows);
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setSoTimeout(100);
        listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (var socket = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (Exception e) {
                    return;
                }
            }
        }, "xxe-listener");
        listener.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        listener.join(2000);
    }

    private static final String[] PARTS = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
        "[Content_Types].xml"};

    /** {@code plain} with a DOCTYPE put before the root element of {@code part}, and {@code use} inside it. */
    private Path withDoctype(String name, String part, String doctype, String use) throws Exception {
        Path target = dir.resolve(name);
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
                    int rootEnd = xml.indexOf('>', root);
                    String rootName = xml.substring(root + 1, rootEnd).split("[ />]")[0];
                    xml = xml.substring(0, root) + "<!DOCTYPE " + rootName + " [" + doctype + "]>"
                            + xml.substring(root, rootEnd + 1) + "<!-- -->" + xml.substring(rootEnd + 1);
                    // the entity is used in a comment-free spot: inside the first text node or as element text
                    xml = xml.replaceFirst("<!-- -->", use);
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertTrue(found, part);
        return target;
    }

    private void assertRefusedWithoutLeak(Path evil) throws Exception {
        SurveyReadException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> refused(evil, "io.error.doctype"));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            assertFalse(e.message(locale).contains(SECRET), e.message(locale));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), String.valueOf(t.getMessage()));
        }
        assertTrue(e.getMessage().startsWith("The workbook " + evil.getFileName()), e.getMessage());
        assertEquals(0, connections.get(), "the reader contacted the network");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void externalFileEntity(int part) throws Exception {
        Path evil = withDoctype("file" + part + ".xlsx", PARTS[part],
                "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">", "&xxe;");
        assertRefusedWithoutLeak(evil);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void externalUrlEntityAndExternalDtd(int part) throws Exception {
        String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
        Path evil = withDoctype("url" + part + ".xlsx", PARTS[part],
                "<!ENTITY % remote SYSTEM \"" + url + "\"> %remote; <!ENTITY net SYSTEM \"" + url + "\">", "&net;");
        assertRefusedWithoutLeak(evil);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void billionLaughs(int part) throws Exception {
        StringBuilder doctype = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                doctype.append("&lol").append(i - 1).append(';');
            }
            doctype.append("\">");
        }
        Path evil = withDoctype("lol" + part + ".xlsx", PARTS[part], doctype.toString(), "&lol10;");
        assertRefusedWithoutLeak(evil);
    }
}
