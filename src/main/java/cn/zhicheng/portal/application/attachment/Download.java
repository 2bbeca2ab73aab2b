package cn.zhicheng.portal.application.attachment;

/** An attachment's bytes with the name and checked content type it is served with. */
public record Download(String fileName, String contentType, byte[] bytes) {
}
