package org.reversementoring.benchmark;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.reversementoring.notification.MailStep;
import org.reversementoring.notification.MailSteps;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the lifecycle benchmark's program line does with its mails ({@code -Dbenchmark.mails}). Anything but
 * {@link #ON} is a what-if, not the program: a bound on what any change to sending mails could buy.
 */
enum MailWhatIf {

  /** The program as it is: every mail made and sent over SMTP. */
  ON,

  /**
   * Every mail made as always (recipients, activation links, rendering, MIME, the notification log), then dropped
   * instead of handed to the SMTP server. The app's sender is made first (its configuration also names Jakarta
   * Mail's stream provider, without which every MIME part scans the class path), then swapped.
   */
  UNSENT {
    @Override
    void applyTo(SpringApplicationBuilder app) {
      app.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof JavaMailSender ? new UnsentMails() : bean;
        }
      }));
    }
  },

  /** Every process and task mail step does nothing: their one entrance, {@link MailSteps}, is swapped before any bean exists. */
  OFF {
    @Override
    void applyTo(SpringApplicationBuilder app) {
      app.initializers(context -> context.addBeanFactoryPostProcessor(beans -> {
        String name = beans.getBeanNamesForType(MailSteps.class)[0];
        ((BeanDefinitionRegistry) beans).removeBeanDefinition(name);
        ((BeanDefinitionRegistry) beans).registerBeanDefinition(name,
            new RootBeanDefinition(SilentMailSteps.class, SilentMailSteps::new));
      }));
    }
  };

  /** Changes the app before it starts; the program as it is changes nothing. */
  void applyTo(SpringApplicationBuilder app) {
  }

  /** As {@code -Dbenchmark.mails} names it. */
  String setting() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MailWhatIf of(String setting) {
    return Arrays.stream(values()).filter(mode -> mode.setting().equals(setting)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("benchmark.mails: one of "
            + Arrays.stream(values()).map(MailWhatIf::setting).toList() + ", not '" + setting + "'"));
  }

  /** Writes every message whole (headers, encoded parts), then drops it. */
  private static final class UnsentMails extends JavaMailSenderImpl {

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
      try {
        for (MimeMessage message : messages) {
          message.saveChanges();
          message.writeTo(OutputStream.nullOutputStream());
        }
      } catch (MessagingException | IOException e) {
        throw new MailPreparationException("what-if mail cannot be written", e);
      }
    }
  }

  /** Mail steps that send nothing. */
  private static final class SilentMailSteps extends MailSteps {

    SilentMailSteps() {
      super(List.of(), null);
    }

    @Override
    public void send(MailStep step) {
      // the what-if measures the program without its mails
    }
  }
}
