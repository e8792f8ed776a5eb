package org.pathways.reference.importing;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma- or tab-separated text (RFC 4180 quoting). Census ships some files in Latin-1 ("Doña Ana County"),
 * so a file that is not valid UTF-8 is read as Windows-1252, which is what such files are in practice.
 */
final class CsvTable implements TableSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Reader reader;
    private final char delimiter;
    private final ImportLimits limits;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder cell = new StringBuilder(64);
    private int position;
    private int filled;
    private int pushedBack = -1;
    private int lastWidth = 8;
    private java.util.BitSet only;
    private int lineNumber;
    private int rowNumber;

    private CsvTable(Reader reader, char delimiter, ImportLimits limits) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    static CsvTable open(Path file, ImportLimits limits) throws IOException, UnreadableFile {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String firstLine;
        try (BufferedReader peek = Files.newBufferedReader(file, charset)) {
            firstLine = peek.readLine();
        }
        if (firstLine == null || firstLine.isBlank()) {
            throw new UnreadableFile("reference.problem.empty");
        }
        if (firstLine.indexOf('\0') >= 0) {
            throw new UnreadableFile("reference.problem.binary");
        }
        char delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        BufferedReader reader = Files.newBufferedReader(file, charset);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return new CsvTable(reader, delimiter, limits);
    }

    /** Checks the bytes against UTF-8's rules without decoding them (fast enough to run on every file). */
    static boolean isUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int continuation = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (continuation > 0) {
                        if ((b & 0xC0) != 0x80) {
                            return false;
                        }
                        continuation--;
                    } else if (b >= 0x80) {
                        if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
                            continuation = 1;
                        } else if ((b & 0xF0) == 0xE0) {
                            continuation = 2;
                        } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
                            continuation = 3;
                        } else {
                            return false;
                        }
                    }
                }
            }
            return continuation == 0;
        }
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void onlyColumns(java.util.BitSet columns) {
        this.only = columns;
    }

    @Override
    public List<String> next() throws IOException, UnreadableFile {
        int c = read();
        if (c < 0) {
            return null;
        }
        lineNumber++;
        rowNumber = lineNumber;
        List<String> cells = new ArrayList<>(lastWidth);
        cell.setLength(0);
        if (c == '\n' || c == '\r' && peekNewline()) {
            return cells;
        }
        boolean quoted = false;
        boolean keep = only == null || only.get(0);
        boolean started = false;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new UnreadableFile("reference.problem.unclosedQuote", rowNumber);
                }
                break;
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else if (c != '\r') {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    if (keep) {
                        cell.append((char) c);
                    }
                    if (cell.length() > limits.maxCellChars()) {
                        throw new UnreadableFile("reference.problem.unclosedQuote", rowNumber);
                    }
                }
            } else if (c == delimiter) {
                cells.add(keep ? cell.toString() : "");
                cell.setLength(0);
                started = false;
                keep = only == null || only.get(cells.size());
                if (cells.size() > limits.maxCells()) {
                    throw new UnreadableFile("reference.problem.tooManyColumns", rowNumber, limits.maxCells());
                }
            } else if (c == '\n' || c == '\r' && peekNewline()) {
                break;
            } else if (c == '"' && !started) {
                quoted = true;
                started = true;
            } else {
                started = true;
                if (keep) {
                    cell.append((char) c);
                }
            }
            c = read();
        }
        cells.add(keep ? cell.toString() : "");
        lastWidth = Math.max(lastWidth, cells.size());
        return cells;
    }

    /** After a carriage return: swallows the line feed of a CRLF pair; a lone CR also ends the line. */
    private boolean peekNewline() throws IOException {
        int next = read();
        if (next != '\n' && next >= 0) {
            pushedBack = next;
        }
        return true;
    }

    private int read() throws IOException {
        if (pushedBack >= 0) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (position == filled) {
            filled = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    @Override
    public int rowNumber() {
        return rowNumber;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
