package com.aftersales.parts.purchasing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.List;

public interface PurchaseOrderRepository extends MongoRepository<PurchaseOrder, String> {

    Page<PurchaseOrder> findByDealerIdAndExpectedOn(String dealerId, LocalDate expectedOn, Pageable pageable);

    List<PurchaseOrder> findByDealerIdAndOpenTrue(String dealerId);
}
