package io.github.kudos.spreadsheet;

import java.util.List;

/**
 * A spreadsheet as read: the header row and the rows under it. Row numbers are the ones a
 * spreadsheet shows (the header is row 1; a cell with a line break does not start a new row).
 */
record CsvTable(String file, String encoding, char delimiter, List<String> header, List<Row> rows) {
    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    record Row(int number, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The cell of a 0-based column; a short row has empty cells at its end. */
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
