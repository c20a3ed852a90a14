package org.reversementoring.support;

import java.util.ArrayList;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Makes "at the same moment" exact: while {@link #open} is set, every user-task completion
 * waits (inside its transaction, after it has read the task and before it writes) until the
 * other one arrives too. Both then write, and the database decides who was first. Without it
 * the second thread might only start after the first had committed, which is the (also tested)
 * sequential case. Part of every {@link AppTest} app; until a test opens it, completions pass.
 */
public class CompletionRendezvous extends AbstractProcessEnginePlugin {

  private static volatile CyclicBarrier barrier;

  /** The next {@code parties} completions meet before writing. */
  public static void open(int parties) {
    barrier = new CyclicBarrier(parties);
  }

  public static void close() {
    barrier = null;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> await());
      }
    });
  }

  private static void await() {
    CyclicBarrier current = barrier;
    if (current == null) {
      return;
    }
    try {
      current.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BrokenBarrierException | TimeoutException e) {
      // the other party did not come: go on alone
    }
  }
}
