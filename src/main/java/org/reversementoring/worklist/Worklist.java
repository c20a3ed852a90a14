package org.reversementoring.worklist;

import java.util.List;

/** The open tasks of the program, whoever works them; the engine answers (see {@code worklist.process}). */
public interface Worklist {

  List<OpenTask> openTasks();
}
