package app.rehearse.ui.bank;

import app.rehearse.bank.BankFile;
import app.rehearse.bank.LoadedPack;
import java.util.Optional;

/** An entry of the pack filter: every pack, only the user's own packs, or one pack. */
record PackChoice(String label, Optional<String> packId, boolean onlyMine) {
    static final PackChoice ALL = new PackChoice("All packs", Optional.empty(), false);
    static final PackChoice MINE = new PackChoice("My packs", Optional.empty(), true);

    static PackChoice of(LoadedPack pack) {
        String title = pack.pack().info().title();
        return new PackChoice(pack.origin() == BankFile.Origin.CUSTOM ? title + " (mine)" : title,
                Optional.of(pack.pack().info().id()), false);
    }

    boolean accepts(LoadedPack pack) {
        if (onlyMine) {
            return pack.origin() == BankFile.Origin.CUSTOM;
        }
        return packId.map(id -> id.equals(pack.pack().info().id())).orElse(true);
    }

    @Override
    public String toString() {
        return label;
    }
}
