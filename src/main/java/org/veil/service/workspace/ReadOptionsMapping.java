package org.veil.service.workspace;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.excel.ExcelReadOptions;
import org.veil.project.ProjectFormatException;

/** How data was read, as plain values for a project file, and back. */
final class ReadOptionsMapping {

    private ReadOptionsMapping() {
    }

    static Map<String, Object> toMap(ReadOptions options) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (options instanceof CsvReadOptions csv) {
            map.put("kind", "csv");
            map.put("charset", csv.charset().name());
            map.put("delimiter", String.valueOf(csv.delimiter()));
            map.put("quote", csv.quote() == null ? null : String.valueOf(csv.quote()));
            map.put("header", csv.hasHeader());
            map.put("trim", csv.trimValues());
        } else if (options instanceof ExcelReadOptions excel) {
            map.put("kind", "excel");
            map.put("sheet", excel.sheet());
            map.put("firstRow", excel.firstRow());
            map.put("header", excel.hasHeader());
        }
        map.put("missing", new ArrayList<>(new TreeSet<>(options.missingTokens())));
        return map;
    }

    static ReadOptions fromMap(Map<String, Object> map) throws ProjectFormatException {
        try {
            Set<String> missing = new TreeSet<>(strings(map.get("missing")));
            boolean header = Boolean.TRUE.equals(map.get("header"));
            switch (String.valueOf(map.get("kind"))) {
                case "csv" -> {
                    String quote = (String) map.get("quote");
                    return new CsvReadOptions(Charset.forName((String) map.get("charset")),
                            ((String) map.get("delimiter")).charAt(0), quote == null ? null : quote.charAt(0), header,
                            Boolean.TRUE.equals(map.get("trim")), missing);
                }
                case "excel" -> {
                    return new ExcelReadOptions((String) map.get("sheet"), ((Number) map.get("firstRow")).intValue(),
                            header, missing);
                }
                default -> throw new ProjectFormatException("the project does not say how to read its data");
            }
        } catch (RuntimeException e) {
            throw new ProjectFormatException("the project's read settings are damaged: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> strings.add(String.valueOf(item)));
        }
        return strings;
    }
}
