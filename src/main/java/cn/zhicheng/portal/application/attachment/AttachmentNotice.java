package cn.zhicheng.portal.application.attachment;

/**
 * What the attachment panel says after a plain form POST (a flash attribute named {@code attachmentNotice}, so kept in the stored session): the
 * section whose panel shows it, whether it went well, and the message already in the reader's language.
 */
public record AttachmentNotice(String section, boolean ok, String message) implements java.io.Serializable {
}
