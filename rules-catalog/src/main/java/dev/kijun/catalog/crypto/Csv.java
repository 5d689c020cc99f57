package dev.kijun.catalog.crypto;

import dev.kijun.criteria.CatalogException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file of the catalog: {@code # key: value} header comments, then a header row and rows of comma-separated
 * values. A value may be quoted with {@code "}, and {@code ""} inside quotes is one quote.
 */
final class Csv {
  private final String name;
  private final Map<String, String> header;
  private final List<Row> rows;

  private Csv(String name, Map<String, String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** One row, its values by column name. */
  record Row(String file, int line, Map<String, String> values) {
    String get(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new CatalogException(file + ":" + line + ": no column " + column);
      }
      return v.strip();
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw new CatalogException(file + ":" + line + ": " + column + " must not be empty");
      }
      return v;
    }

    CatalogException error(String message) {
      return new CatalogException(file + ":" + line + ": " + message);
    }
  }

  static Csv load(String resource) {
    try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new CatalogException("data file " + resource + " is missing from the class path");
      }
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new CatalogException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  static Csv parse(String name, List<String> lines) {
    Map<String, String> header = new LinkedHashMap<>();
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        String key = colon > 1 ? line.substring(1, colon).strip() : "";
        if (columns == null && !key.isEmpty() && key.matches("[a-z][a-z -]*") && !header.containsKey(key)) {
          header.put(key, line.substring(colon + 1).strip());
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> values = split(name, lineNo, line);
      if (columns == null) {
        columns = values;
        continue;
      }
      if (values.size() != columns.size()) {
        throw new CatalogException(name + ":" + lineNo + ": expected " + columns.size() + " columns, found "
            + values.size());
      }
      Map<String, String> byColumn = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        byColumn.put(columns.get(i), values.get(i));
      }
      rows.add(new Row(name, lineNo, Map.copyOf(byColumn)));
    }
    if (columns == null) {
      throw new CatalogException(name + ": no header row");
    }
    return new Csv(name, Map.copyOf(header), List.copyOf(rows));
  }

  private static List<String> split(String name, int lineNo, String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new CatalogException(name + ":" + lineNo + ": unterminated quote");
    }
    out.add(cell.toString());
    return out;
  }

  String name() {
    return name;
  }

  /** A {@code # key: value} header line, required. */
  String header(String key) {
    String v = header.get(key);
    if (v == null || v.isBlank()) {
      throw new CatalogException(name + ": header line '# " + key + ": ...' is missing");
    }
    return v;
  }

  List<Row> rows() {
    return rows;
  }
}
