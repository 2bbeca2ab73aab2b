/**
 * Messages the portal sends: SMS (verification codes) and in-app messages (decisions on a unit change, a unit's
 * approval). Every message is kept in the 发送记录 whichever gateway carries it; without an SMS provider the default
 * gateway writes SMS to the log, so the portal runs anywhere. Public API: {@link
 * cn.zhicheng.portal.notification.NotificationSender}, {@link cn.zhicheng.portal.notification.Notification}, {@link
 * cn.zhicheng.portal.notification.NotificationInbox}, {@link cn.zhicheng.portal.notification.NotificationGateway}
 * (to plug in a provider) and their records and enums. Recipients are account ids or mobiles, never account objects,
 * so this module depends on no other capability but {@code validation}.
 */
@NullMarked
package cn.zhicheng.portal.notification;

import org.jspecify.annotations.NullMarked;
