package org.reversementoring.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Demo only: every mail the embedded server received, newest first, with clickable links. */
@Controller
@ConditionalOnBean(GreenMail.class)
class MailboxController {

  private final GreenMail greenMail;

  MailboxController(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  record MailView(int index, String to, String subject, String sent, java.util.Date receivedAt,
      String html, String text, List<String> links, List<String> attachments) {
  }

  @GetMapping("/mailbox")
  String list(Model model) throws MessagingException {
    Message[] messages = greenMail.getReceivedMessages();
    List<MailView> mails = new ArrayList<>();
    for (int i = 0; i < messages.length; i++) {
      mails.add(view(i, messages[i]));
    }
    // GreenMail keeps one mailbox per recipient: order across them by arrival, newest first
    mails.sort(java.util.Comparator.comparing(MailView::receivedAt).thenComparing(MailView::index).reversed());
    model.addAttribute("mails", mails);
    return "mailbox";
  }

  @GetMapping("/mailbox/{index}")
  String show(@PathVariable int index, Model model) throws MessagingException {
    Message[] messages = greenMail.getReceivedMessages();
    if (index < 0 || index >= messages.length) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "No mail " + index);
    }
    model.addAttribute("mail", view(index, messages[index]));
    return "mailbox-mail";
  }

  private static MailView view(int index, Message message) throws MessagingException {
    String html = MimeParts.part(message, "text/html");
    String to = Arrays.stream(message.getAllRecipients())
        .map(a -> ((InternetAddress) a).toUnicodeString()).collect(Collectors.joining(", "));
    java.util.Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
    return new MailView(index, to, message.getSubject(), String.valueOf(message.getSentDate()),
        received == null ? new java.util.Date(0) : received, html, MimeParts.part(message, "text/plain"),
        MimeParts.links(html), MimeParts.attachmentNames(message));
  }
}
