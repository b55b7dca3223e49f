package app.rehearse.bank;

import app.rehearse.json.Jackson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A question in pack-file form, for snapshots inside sessions and for exporting packs; {@link PackReader} reads it back. */
public final class QuestionJson {

    private QuestionJson() {}

    public static ObjectNode write(Question q) {
        ObjectNode node = Jackson.MAPPER.createObjectNode();
        node.put("id", q.id()).put("type", q.type().id()).put("title", q.title()).put("prompt", q.prompt())
                .put("level", q.level().id());
        strings(node.putArray("tags"), q.tags());
        q.competency().ifPresent(c -> node.put("competency", c));
        if (!q.signals().isEmpty()) {
            strings(node.putArray("signals"), q.signals());
        }
        strings(node.putArray("hints"), q.hints());
        q.rescueHint().ifPresent(h -> node.put("rescueHint", h));
        ArrayNode followUps = node.putArray("followUps");
        q.followUps().forEach(f -> followUps.addObject().put("text", f.text()).put("kind", f.kind().id()));
        ArrayNode rubric = node.putArray("rubric");
        q.rubric().forEach(c -> {
            ObjectNode criterion = rubric.addObject().put("criterion", c.criterion()).put("strong", c.strong());
            c.solid().ifPresent(solid -> criterion.put("solid", solid));
            criterion.put("weak", c.weak());
            c.staff().ifPresent(staff -> criterion.put("staff", staff));
            if (c.weight() != RubricCriterion.DEFAULT_WEIGHT) {
                criterion.put("weight", c.weight());
            }
        });
        strings(node.putArray("tradeOffs"), q.tradeOffs());
        q.timeboxMinutes().ifPresent(m -> node.put("timeboxMinutes", m));
        if (!q.phases().isEmpty()) {
            ArrayNode phases = node.putArray("phases");
            q.phases().forEach(p -> phases.addObject().put("id", p.id()).put("name", p.name()).put("minutes", p.minutes()));
        }
        q.reference().ifPresent(r -> {
            ObjectNode reference = node.putObject("reference").put("outline", r.outline());
            r.diagram().ifPresent(d -> reference.put("diagram", d));
            if (!r.seniorSignals().isEmpty() || !r.staffSignals().isEmpty()) {
                ObjectNode levels = reference.putObject("levels");
                strings(levels.putArray("senior"), r.seniorSignals());
                strings(levels.putArray("staff"), r.staffSignals());
            }
            if (!r.pitfalls().isEmpty()) {
                strings(reference.putArray("pitfalls"), r.pitfalls());
            }
        });
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
