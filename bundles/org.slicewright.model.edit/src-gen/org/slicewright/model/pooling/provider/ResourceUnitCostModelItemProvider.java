/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.pooling.ResourceUnitCostModel;

import org.slicewright.model.provider.SlicewrightEditPlugin;

import org.slicewright.model.topology.provider.IdentifiedItemProvider;

/**
 * This is the item provider adapter for a {@link org.slicewright.model.pooling.ResourceUnitCostModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ResourceUnitCostModelItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceUnitCostModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCommunicationPerDataUnitPropertyDescriptor(object);
			addComputingPerDataUnitPropertyDescriptor(object);
			addModelExchangePerTransferPropertyDescriptor(object);
			addModelTrainingPropertyDescriptor(object);
			addModelTrainingPerPropertyDescriptor(object);
			addShortfallMultiplierPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Communication Per Data Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommunicationPerDataUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ResourceUnitCostModel_communicationPerDataUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ResourceUnitCostModel_communicationPerDataUnit_feature", "_UI_ResourceUnitCostModel_type"),
				 PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Computing Per Data Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addComputingPerDataUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ResourceUnitCostModel_computingPerDataUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ResourceUnitCostModel_computingPerDataUnit_feature", "_UI_ResourceUnitCostModel_type"),
				 PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Exchange Per Transfer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelExchangePerTransferPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ResourceUnitCostModel_modelExchangePerTransfer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ResourceUnitCostModel_modelExchangePerTransfer_feature", "_UI_ResourceUnitCostModel_type"),
				 PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Training feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelTrainingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ResourceUnitCostModel_modelTraining_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ResourceUnitCostModel_modelTraining_feature", "_UI_ResourceUnitCostModel_type"),
				 PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Training Per feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelTrainingPerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ResourceUnitCostModel_modelTrainingPer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ResourceUnitCostModel_modelTrainingPer_feature", "_UI_ResourceUnitCostModel_type"),
				 PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Shortfall Multiplier feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShortfallMultiplierPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ResourceUnitCostModel_shortfallMultiplier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ResourceUnitCostModel_shortfallMultiplier_feature", "_UI_ResourceUnitCostModel_type"),
				 PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ResourceUnitCostModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ResourceUnitCostModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ResourceUnitCostModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ResourceUnitCostModel_type") :
			getString("_UI_ResourceUnitCostModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ResourceUnitCostModel.class)) {
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT:
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT:
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER:
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING:
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER:
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SlicewrightEditPlugin.INSTANCE;
	}

}
