package sctb.render.report.model;

import java.util.Optional;
import sctb.core.register.EntityKind;

/**
 * A share's population against the register: whether there is one to compare with ({@code checked}),
 * the kind of entity, how many of them the register holds open in the period, how many the rows used
 * say exist (the sum of their denominators), and whether the two agree.
 */
public record PopulationView(boolean checked, Optional<EntityKind> kind, String registered, String reported, boolean matches) {

  static final PopulationView NONE = new PopulationView(false, Optional.empty(), "", "", true);
}
