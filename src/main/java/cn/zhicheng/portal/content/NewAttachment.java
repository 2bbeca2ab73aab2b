package cn.zhicheng.portal.content;

/** An uploaded file as received: the name the browser sent and its bytes, not yet checked. */
public record NewAttachment(String fileName, byte[] bytes) {
}
