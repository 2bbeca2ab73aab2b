package cn.zhicheng.portal.application.attachment;

import org.jspecify.annotations.Nullable;

/** The JSON answer to a script's upload or delete: whether it worked, the message to show, and the attachment. */
record UploadAnswer(boolean ok, String message, @Nullable AttachmentView attachment) {
}
