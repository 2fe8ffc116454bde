/**
 * City S&T tasks, part 1: programmes, proposal rounds and proposals, the approved task list, calls and applications,
 * selection after the council, budget appraisal and the LEADER approval that creates the {@code Task}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "directory", "identity", "evaluation"})
package org.innoport.tasks;
