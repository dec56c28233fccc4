package io.github.kudos.spreadsheet;

import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV file as spreadsheets and CRMs write it: RFC 4180 quoting (through Commons CSV),
 * a byte-order mark or none, UTF-8 or else Windows-1252 (Excel's "CSV" on Windows), and a comma,
 * semicolon or tab between cells, whichever the header line uses most.
 */
public final class CsvReader {
    /** Bigger than any real client list; a parser is never handed a runaway file. */
    public static final int MAX_BYTES = 64 << 20;
    private static final Pattern EXCEL_SEPARATOR = Pattern.compile("sep=(.)\\s*");

    private CsvReader() {}

    static Optional<CsvTable> read(String file, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.error(Position.startOf(file), "the file is larger than the " + (MAX_BYTES >> 20)
                    + " MB an import reads", "split it into several files");
            return Optional.empty();
        }
        if (isBinary(bytes)) { // (a workbook is told apart before: ImportCommand)
            problems.error(Position.startOf(file), "the file is not a CSV text file",
                    "in your spreadsheet, save the sheet as CSV (UTF-8) and import that file");
            return Optional.empty();
        }
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        char delimiter;
        String firstLine = text.lines().findFirst().orElse("");
        Matcher separator = EXCEL_SEPARATOR.matcher(firstLine);
        if (separator.matches()) {
            // Excel's "sep=;" line names the delimiter and is not a row.
            delimiter = separator.group(1).charAt(0);
            text = text.substring(Math.min(text.length(), firstLine.length() + 1));
        } else {
            delimiter = sniff(firstLine);
        }
        return parse(file, text, delimiter, decoded.encoding(), problems);
    }

    /** A NUL byte never stands in a CSV text in UTF-8 or Windows-1252 (UTF-16, which has them, starts with its mark). */
    private static boolean isBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) return false;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }

    record Decoded(String text, String encoding) {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(utf8(bytes, 3), "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            // Not UTF-8: Excel on Windows saves "CSV" in the ANSI code page, Windows-1252 in the West.
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "Windows-1252");
        }
    }

    private static String utf8(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
    static char sniff(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    private static Optional<CsvTable> parse(String file, String text, char delimiter, String encoding, Problems problems) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
                } else {
                    rows.add(new CsvTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(new Position(file, header == null ? 1 : rows.size() + 2, 1), describe(e),
                    "a cell with a comma, a quote or a line break must be in double quotes, with each \" inside doubled");
            return Optional.empty();
        }
        if (header == null || header.stream().allMatch(String::isEmpty)) {
            problems.error(Position.startOf(file), "the file is empty: the first row must name the columns",
                    "e.g. Name,Website,Industry");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(file, encoding, delimiter, header, rows));
    }

    private static String describe(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell never ends: its closing '\"' is missing";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "text after the closing quote of a cell";
        }
        return "cannot read the file as CSV: " + message.replaceAll("\\s+", " ").strip();
    }
}
