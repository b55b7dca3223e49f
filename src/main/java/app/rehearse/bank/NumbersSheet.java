package app.rehearse.bank;

import java.util.List;

/** The numbers a candidate needs at hand (latency, throughput, powers of two, nines, costs), each with what it assumes. */
public record NumbersSheet(List<Section> sections) {
    public NumbersSheet {
        sections = List.copyOf(sections);
    }

    public record Section(String id, String title, String note, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    public record Row(String item, String value, String assumes) {
    }
}
