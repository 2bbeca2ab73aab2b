/**
 * Messages the portal sends: SMS (verification codes, news of a file), email and in-app messages (decisions on a unit
 * change, a unit's approval, every status change of a file, reminders). Every message is kept in the 发送记录, which
 * is also the outbox a scheduled dispatcher empties through the gateways, with retries; without an SMS provider or a
 * mail server the default gateways write to the log, so the portal runs anywhere. The scheduling and its lock in the
 * database (ShedLock, so each job runs once however many instances run) are configured here too. Public API: {@link
 * cn.zhicheng.portal.notification.NotificationSender}, {@link cn.zhicheng.portal.notification.Notification}, {@link
 * cn.zhicheng.portal.notification.NotificationInbox}, {@link cn.zhicheng.portal.notification.NotificationGateway}
 * and {@link cn.zhicheng.portal.notification.EmailGateway} (to plug in a provider) and their records and enums.
 * Recipients are account ids, mobiles or addresses, never account objects, so this module depends on no other
 * capability but {@code validation} and {@code personaldata} (the mobile is kept sealed).
 */
@NullMarked
package cn.zhicheng.portal.notification;

import org.jspecify.annotations.NullMarked;
