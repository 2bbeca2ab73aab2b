package cn.zhicheng.portal.application.committee;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeSessionRepository extends JpaRepository<CommitteeSession, Long> {

}
