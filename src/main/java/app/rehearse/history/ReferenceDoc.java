package app.rehearse.history;

import app.rehearse.bank.Reference;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A question's reference answer as an export writes it: the outline and signals, and its diagram
 * as PNG bytes, encoded when the export (in the background) asks for them.
 */
public record ReferenceDoc(Reference reference, Optional<Supplier<byte[]>> diagramPng) {}
