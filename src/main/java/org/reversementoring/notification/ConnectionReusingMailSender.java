package org.reversementoring.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends over one SMTP connection per sending thread and keeps it open between mails. Spring's
 * sender connects for every mail; against a relay with TLS and login, and against GreenMail,
 * whose two-line EHLO reply waits about 40 ms for a delayed TCP acknowledgement, the handshake
 * costs more than the mail. A connection idle for 30 seconds is closed before the next mail; one
 * the server dropped meanwhile is replaced once, transparently.
 */
class ConnectionReusingMailSender extends JavaMailSenderImpl implements DisposableBean {

  static final long IDLE_LIMIT_MILLIS = 30_000;

  private final Map<Thread, Connection> connections = new ConcurrentHashMap<>();

  private static final class Connection {
    final Transport transport;
    long lastUsed = System.currentTimeMillis();

    Connection(Transport transport) {
      this.transport = transport;
    }
  }

  @Override
  protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
    Map<Object, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < mimeMessages.length; i++) {
      try {
        sendOverKeptConnection(prepared(mimeMessages[i]));
      } catch (MessagingException e) {
        failed.put(originalMessages != null ? originalMessages[i] : mimeMessages[i], e);
      }
    }
    if (!failed.isEmpty()) {
      throw new MailSendException(failed);
    }
  }

  private void sendOverKeptConnection(MimeMessage message) throws MessagingException {
    Address[] recipients = message.getAllRecipients() == null ? new Address[0] : message.getAllRecipients();
    Connection kept = connections.remove(Thread.currentThread());
    if (kept != null && System.currentTimeMillis() - kept.lastUsed > IDLE_LIMIT_MILLIS) {
      close(kept);
      kept = null;
    }
    Connection connection = kept != null ? kept : new Connection(connectTransport());
    try {
      connection.transport.sendMessage(message, recipients);
    } catch (MessagingException e) {
      close(connection);
      if (kept == null || refusesRecipients(e)) {
        throw e;
      }
      // the server may have closed the connection we kept: once more on a fresh one
      connection = new Connection(connectTransport());
      try {
        connection.transport.sendMessage(message, recipients);
      } catch (MessagingException again) {
        close(connection);
        throw again;
      }
    }
    connection.lastUsed = System.currentTimeMillis();
    connections.put(Thread.currentThread(), connection);
  }

  /**
   * The server refused recipients: a fresh connection would not help. A connection the server
   * dropped may also surface as a failed send ("[EOF]" at MAIL FROM), but names no recipient.
   */
  private static boolean refusesRecipients(MessagingException e) {
    return e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
        && failed.getInvalidAddresses().length > 0;
  }

  /** What Spring's sender does to each message before sending it. */
  private static MimeMessage prepared(MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
    return message;
  }

  private static void close(Connection connection) {
    try {
      connection.transport.close();
    } catch (MessagingException e) {
      // closing a broken connection: nothing left to do
    }
  }

  @Override
  public void destroy() {
    connections.values().forEach(ConnectionReusingMailSender::close);
    connections.clear();
  }
}
