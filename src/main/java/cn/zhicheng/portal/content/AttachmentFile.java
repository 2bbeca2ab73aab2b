package cn.zhicheng.portal.content;

/** An attachment's bytes for a download. */
public record AttachmentFile(String fileName, String contentType, byte[] bytes) {
}
