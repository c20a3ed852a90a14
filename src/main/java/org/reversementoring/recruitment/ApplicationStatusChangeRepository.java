package org.reversementoring.recruitment;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationStatusChangeRepository extends JpaRepository<ApplicationStatusChange, Long> {
}
