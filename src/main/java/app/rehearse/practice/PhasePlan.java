package app.rehearse.practice;

import app.rehearse.bank.PhaseSpec;
import java.util.List;

/** The phases a session runs through, in order. */
public record PhasePlan(List<PhaseSpec> phases) {
    public PhasePlan {
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one phase");
        }
    }

    public int totalMinutes() {
        return phases.stream().mapToInt(PhaseSpec::minutes).sum();
    }

    public PhaseSpec phase(int index) {
        return phases.get(index);
    }

    public int size() {
        return phases.size();
    }

    /**
     * The same phases stretched or shrunk to a new total, keeping their proportions; every
     * phase keeps at least one minute and the minutes add up exactly to the total.
     */
    public PhasePlan scaledTo(int total) {
        int current = totalMinutes();
        if (total == current) {
            return this;
        }
        int n = phases.size();
        int target = Math.max(total, n);
        int[] minutes = new int[n];
        double[] remainders = new double[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = (double) phases.get(i).minutes() * target / current;
            minutes[i] = Math.max(1, (int) Math.floor(exact));
            remainders[i] = exact - Math.floor(exact);
            assigned += minutes[i];
        }
        while (assigned != target) {
            int pick = 0;
            for (int i = 1; i < n; i++) {
                boolean better = assigned < target ? remainders[i] > remainders[pick]
                        : minutes[i] > minutes[pick] || (minutes[i] == minutes[pick] && remainders[i] < remainders[pick]);
                if (better) {
                    pick = i;
                }
            }
            if (assigned < target) {
                minutes[pick]++;
                remainders[pick] = -1;
                assigned++;
            } else {
                minutes[pick]--;
                assigned--;
            }
        }
        PhaseSpec[] scaled = new PhaseSpec[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = new PhaseSpec(phases.get(i).id(), phases.get(i).name(), minutes[i]);
        }
        return new PhasePlan(List.of(scaled));
    }
}
