/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.slicewright.model.provider.SlicewrightEditPlugin;

import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.topology.provider.IdentifiedItemProvider;

/**
 * This is the item provider adapter for a {@link org.slicewright.model.scenario.OffloadingPolicy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OffloadingPolicyItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OffloadingPolicyItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addTransmissionCostPropertyDescriptor(object);
			addProbabilityPropertyDescriptor(object);
			addDropoutPropertyDescriptor(object);
			addPassesPropertyDescriptor(object);
			addThresholdPropertyDescriptor(object);
			addLocalWeightPropertyDescriptor(object);
			addUnderProvisioningCostPropertyDescriptor(object);
			addOverProvisioningCostPropertyDescriptor(object);
			addRttMsPropertyDescriptor(object);
			addPresetPropertyDescriptor(object);
			addEpochsPropertyDescriptor(object);
			addPatiencePropertyDescriptor(object);
			addLearningRatePropertyDescriptor(object);
			addResidualTargetPropertyDescriptor(object);
			addOffloadingBlockPropertyDescriptor(object);
			addWeightSweepPropertyDescriptor(object);
			addTraceRefPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_kind_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Transmission Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTransmissionCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_transmissionCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_transmissionCost_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__TRANSMISSION_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Probability feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbabilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_probability_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_probability_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__PROBABILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dropout feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDropoutPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_dropout_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_dropout_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__DROPOUT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Passes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPassesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_passes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_passes_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__PASSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_threshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_threshold_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_localWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_localWeight_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__LOCAL_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Under Provisioning Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnderProvisioningCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_underProvisioningCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_underProvisioningCost_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__UNDER_PROVISIONING_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Over Provisioning Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverProvisioningCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_overProvisioningCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_overProvisioningCost_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__OVER_PROVISIONING_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rtt Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRttMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_rttMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_rttMs_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__RTT_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preset feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPresetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_preset_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_preset_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__PRESET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Epochs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEpochsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_epochs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_epochs_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__EPOCHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patience feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatiencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_patience_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_patience_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__PATIENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Learning Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLearningRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_learningRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_learningRate_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__LEARNING_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Residual Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResidualTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_residualTarget_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_residualTarget_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__RESIDUAL_TARGET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Offloading Block feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOffloadingBlockPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_offloadingBlock_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_offloadingBlock_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__OFFLOADING_BLOCK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weight Sweep feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightSweepPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_weightSweep_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_weightSweep_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__WEIGHT_SWEEP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trace Ref feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTraceRefPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OffloadingPolicy_traceRef_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OffloadingPolicy_traceRef_feature", "_UI_OffloadingPolicy_type"),
				 ScenarioPackage.Literals.OFFLOADING_POLICY__TRACE_REF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns OffloadingPolicy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OffloadingPolicy"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((OffloadingPolicy)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_OffloadingPolicy_type") :
			getString("_UI_OffloadingPolicy_type") + " " + label;
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

		switch (notification.getFeatureID(OffloadingPolicy.class)) {
			case ScenarioPackage.OFFLOADING_POLICY__KIND:
			case ScenarioPackage.OFFLOADING_POLICY__TRANSMISSION_COST:
			case ScenarioPackage.OFFLOADING_POLICY__PROBABILITY:
			case ScenarioPackage.OFFLOADING_POLICY__DROPOUT:
			case ScenarioPackage.OFFLOADING_POLICY__PASSES:
			case ScenarioPackage.OFFLOADING_POLICY__THRESHOLD:
			case ScenarioPackage.OFFLOADING_POLICY__LOCAL_WEIGHT:
			case ScenarioPackage.OFFLOADING_POLICY__UNDER_PROVISIONING_COST:
			case ScenarioPackage.OFFLOADING_POLICY__OVER_PROVISIONING_COST:
			case ScenarioPackage.OFFLOADING_POLICY__RTT_MS:
			case ScenarioPackage.OFFLOADING_POLICY__PRESET:
			case ScenarioPackage.OFFLOADING_POLICY__EPOCHS:
			case ScenarioPackage.OFFLOADING_POLICY__PATIENCE:
			case ScenarioPackage.OFFLOADING_POLICY__LEARNING_RATE:
			case ScenarioPackage.OFFLOADING_POLICY__RESIDUAL_TARGET:
			case ScenarioPackage.OFFLOADING_POLICY__OFFLOADING_BLOCK:
			case ScenarioPackage.OFFLOADING_POLICY__WEIGHT_SWEEP:
			case ScenarioPackage.OFFLOADING_POLICY__TRACE_REF:
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
